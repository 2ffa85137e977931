import { render } from 'preact';
import '@/assets/base.css';
import './style.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { registerSource } from './register-source';

render(<OptionsApp source={registerSource} />, document.getElementById('app')!);
