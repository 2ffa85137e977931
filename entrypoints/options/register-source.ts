import { getRegister, onRegisterChanged } from '@/utils/register/service';
import type { RegisterSource } from '@/components/options/OptionsApp';

/** The options page's register: the same snapshot the background uses, updated after a sync. */
export const registerSource: RegisterSource = {
  load: async () => (await getRegister()).snapshot,
  watch: (onChange) => onRegisterChanged((index) => onChange(index.snapshot)),
};
