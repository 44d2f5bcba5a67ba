// SRM Trainer embed helper for host pages (wikis, intranets, LMS pages).
//   <iframe data-srm-trainer src="https://trainer.example.com/?embed=1&parent_origin=https://wiki.example.com"
//           title="SRM Trainer" style="width:100%;height:480px;border:0"></iframe>
//   <script src="https://trainer.example.com/embed.js"></script>
// Sizes every such iframe to its content height, for any number of embeds on one page, and
// re-dispatches each app event as a DOM event "srm-trainer" on its iframe (event.detail is the
// message; the schema is in docs/embedding.md). Messages are accepted only from the iframe's own
// window and origin, in the documented shape.
(function () {
  'use strict';
  var MAX_HEIGHT = 20000;
  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-srm-trainer]');
    for (var i = 0; i < frames.length; ++i) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || d.source !== 'srm-trainer' || d.version !== 1 || typeof d.type !== 'string') return;
    var frame = frameFor(e.source);
    if (!frame) return;
    var origin;
    try { origin = new URL(frame.src, window.location.href).origin; } catch (err) { return; }
    if (e.origin !== origin) return;
    if (d.type === 'resize' && typeof d.height === 'number' && d.height > 0 && d.height < MAX_HEIGHT)
      frame.style.height = Math.ceil(d.height) + 'px';
    frame.dispatchEvent(new CustomEvent('srm-trainer', { detail: d }));
  });
})();
