/** Government-like HTML pages for the local "internet" the e2e tests browse. */

/** A readable site name derived from a host: www.uwv.nl → "UWV", www.belastingdienst.nl → "Belastingdienst". */
export function siteNameFor(host: string): string {
  const labels = host.replace(/^www\./, '').split('.');
  const main = labels.length > 1 ? labels[labels.length - 2] : labels[0];
  return main.length <= 4 ? main.toUpperCase() : main[0].toUpperCase() + main.slice(1);
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The default page every mapped host serves: a title and og:site_name derived
 * from the host, a heading and a few links, like a typical government home page.
 */
export function defaultPage(host: string, path: string): string {
  const name = escapeHtml(siteNameFor(host));
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Home | ${name}</title>
<meta property="og:site_name" content="${name}">
<meta property="og:title" content="${name}">
</head>
<body>
<header><a href="/">${name}</a></header>
<main>
<h1>Welkom bij ${name}</h1>
<p>Dit is een testpagina voor ${escapeHtml(host)}${escapeHtml(path)}.</p>
<nav><a href="/contact">Contact</a> <a href="/privacy">Privacy</a></nav>
</main>
</body>
</html>`;
}
