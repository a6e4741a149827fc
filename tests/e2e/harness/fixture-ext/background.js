// Answers {type:'ping'} with {ok:true, pong:true}; only from this extension's own pages.
const api = globalThis.browser?.runtime ? globalThis.browser : globalThis.chrome;
api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id !== api.runtime.id) return false;
  if (msg && msg.type === 'ping') {
    sendResponse({ ok: true, pong: true, senderUrl: sender.url ?? null });
    return false;
  }
  if (msg && msg.type === 'echo') {
    // asynchronous answer
    setTimeout(() => sendResponse({ ok: true, echo: msg.value }), 10);
    return true;
  }
  return false;
});
