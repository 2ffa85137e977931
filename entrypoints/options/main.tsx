import { render } from 'preact';

function Options() {
  return <main><h1>Algoritmewijzer</h1></main>;
}

render(<Options />, document.getElementById('app')!);
