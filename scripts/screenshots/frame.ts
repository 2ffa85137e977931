/**
 * The HTML of a store screenshot: a plain browser toolbar (address, the
 * extension's icon with its badge), the site page below it, the popup hanging
 * under the icon as in a real browser, and one caption. Images are inlined as
 * data: URLs, so the page needs no network.
 */
export interface FrameParts {
  host: string;
  site: Buffer;
  popup: Buffer;
  icon: Buffer;
  badge: string;
  /** The badge's real colour, [r, g, b, a]. */
  badgeColor: number[];
  caption: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const png = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;

/** One 1280×800 page: toolbar 56 px, site below, popup at the right under the icon, caption at the left. */
export function frameHtml(p: FrameParts): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1280px; height: 800px; overflow: hidden; font: 16px system-ui, sans-serif; }
  .bar { height: 56px; background: #dee1e6; display: flex; align-items: center; gap: 12px; padding: 0 16px; box-sizing: border-box; border-bottom: 1px solid #b9bcc1; }
  .addr { flex: 1; height: 36px; border-radius: 18px; background: #fff; display: flex; align-items: center; padding: 0 16px; color: #333; font-size: 15px; }
  .btn { position: relative; width: 36px; height: 36px; border-radius: 50%; background: #c7cad0; display: grid; place-items: center; }
  .btn img { width: 20px; height: 20px; }
  .badge { position: absolute; right: -4px; bottom: -2px; background: #5c5c5c; color: #fff; font-size: 11px; font-weight: 700; padding: 1px 4px; border-radius: 4px; }
  .site { position: absolute; top: 56px; left: 0; width: 1280px; height: 744px; display: block; filter: brightness(0.92); }
  .popup { position: absolute; top: 60px; right: 24px; border-radius: 8px; box-shadow: 0 8px 28px rgba(0,0,0,.35); border: 1px solid #b9bcc1; display: block; }
  .caption { position: absolute; left: 48px; top: 430px; width: 640px; background: #154273; color: #fff; padding: 28px 32px; border-radius: 12px; font-size: 30px; line-height: 1.3; font-weight: 600; }
  .caption small { display: block; margin-top: 12px; font-size: 18px; font-weight: 400; opacity: .9; }
  </style></head><body>
  <div class="bar"><div class="addr">${esc(p.host)}</div><div class="btn"><img src="${png(p.icon)}" alt=""><span class="badge" style="background: rgb(${p.badgeColor.slice(0, 3).join(',')})">${esc(p.badge)}</span></div></div>
  <img class="site" src="${png(p.site)}" alt="">
  <img class="popup" src="${png(p.popup)}" alt="">
  <div class="caption">${esc(p.caption)}<small>Algoritmewijzer — gegevens uit het Algoritmeregister van de overheid</small></div>
  </body></html>`;
}
