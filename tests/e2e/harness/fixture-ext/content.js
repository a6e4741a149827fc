// Answers {type:'page/title'} with document.title and {type:'page/pointer'} with the last pointer position.
(() => {
  const api = globalThis.browser?.runtime ? globalThis.browser : globalThis.chrome;
  let pointer = null;
  document.addEventListener('mousemove', (e) => {
    pointer = { x: e.clientX, y: e.clientY, target: e.target && e.target.id ? e.target.id : null };
    document.documentElement.dataset.fixturePointer = `${e.clientX},${e.clientY}`;
  }, { passive: true });
  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (msg && msg.type === 'page/title') { sendResponse(document.title); return false; }
    if (msg && msg.type === 'page/pointer') { sendResponse(pointer); return false; }
    return false;
  });
  document.documentElement.dataset.fixtureContentScript = 'ready';
})();
