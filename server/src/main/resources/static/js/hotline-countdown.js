// Counts each deadline on the page down every 30 s, in the words the server wrote it with
// (data-left "Còn {h} giờ {m} phút", data-over "Quá hạn {h} giờ {m} phút"); without scripts the
// server's text at loading stays.
(function () {
  function tick() {
    document.querySelectorAll('[data-due]').forEach(function (el) {
      var minutes = Math.trunc((Number(el.dataset.due) - Date.now()) / 60000);
      var late = minutes < 0 || Number(el.dataset.due) < Date.now();
      var abs = Math.abs(minutes);
      el.textContent = (late ? el.dataset.over : el.dataset.left)
        .replace('{h}', Math.floor(abs / 60)).replace('{m}', abs % 60);
      el.classList.toggle('late', late);
    });
  }
  setInterval(tick, 30000);
})();
