// goroscope embed script: turns every <pre class="goroscope"> block of a page into a
// runnable playground (an iframe of embed.html from the same place as this script).
// Usage: <script src="https://…/goroscope-embed.js" defer></script>
// Options on the <pre>: data-height="420" (pixels) and the run settings, as in share links:
// data-seed="7", data-go="1.21", data-speed="0.25|1|4|instant", data-race="off",
// data-procs="1|2|4|8" (GOMAXPROCS), data-replay="TOKEN" (a recorded schedule). The code and the settings travel to the iframe
// by postMessage (the embed checks them), so the page needs no isolation headers.
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
    var settings = {
      seed: pre.dataset.seed,
      go: pre.dataset.go,
      speed: pre.dataset.speed,
      race: pre.dataset.race,
      procs: pre.dataset.procs,
      replay: pre.dataset.replay,
    };
    window.addEventListener('message', function (m) {
      if (m.source !== frame.contentWindow || !m.data || m.data.goroscope !== 'ready') return;
      frame.contentWindow.postMessage(
        { goroscope: 'source', source: source, settings: settings },
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
