/**
 * Loads a classic script (an SDK's UMD bundle) into the page; resolves once it ran. Shared by the
 * example page and the capture pages, which load the SDKs the same way.
 */

/* global document */
export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}
