/** Gecko id of the Firefox add-on; tests pin the moz-extension UUID to it. */
export const GECKO_ID = 'algoritmewijzer@algoritmewijzer.nl';

/** Origin of the national algorithm register: the only host the extension contacts. */
export const REGISTER_ORIGIN = 'https://algoritmes.overheid.nl';

/** Base URL of the register's public API. */
export const REGISTER_API = `${REGISTER_ORIGIN}/api`;
