/** The sender's details as the letter builder holds them (in memory). */
export interface SenderDetails {
  name: string;
  address: string;
  email: string;
}
