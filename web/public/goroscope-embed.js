// goroscope embed script: turns every <pre class="goroscope"> block of a page into a
// runnable playground (an iframe of embed.html from the same place as this script).
// Usage: <script src="https://…/goroscope-embed.js" defer></script>
// Options on the <pre>: data-seed="7", data-height="420" (pixels).
// The code travels to the iframe by postMessage, so the page needs no isolation headers.
(function () {
  'use strict';
  var script = document.currentScript;
  var base = new URL('embed.html', script ? script.src : location.href);

  function mount(pre) {
    var source = pre.textContent.replace(/^\n/, '');
    var frame = document.createElement('iframe');
    frame.src = base.href;
    frame.title = 'goroscope: runnable Go example';
    frame.loading = 'lazy';
    frame.style.cssText =
      'width:100%;border:1px solid #3a3a3d;border-radius:6px;display:block;margin:1em 0;';
    frame.style.height = (parseInt(pre.dataset.height, 10) || 420) + 'px';
    var seed = parseInt(pre.dataset.seed, 10);
    window.addEventListener('message', function (m) {
      if (m.source !== frame.contentWindow || !m.data || m.data.goroscope !== 'ready') return;
      frame.contentWindow.postMessage(
        { goroscope: 'source', source: source, seed: isNaN(seed) ? 1 : seed },
        base.origin,
      );
    });
    pre.replaceWith(frame);
  }

  function mountAll() {
    var blocks = document.querySelectorAll('pre.goroscope');
    for (var i = 0; i < blocks.length; i++) mount(blocks[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
