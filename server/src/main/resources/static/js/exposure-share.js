// The link code travels after '#' so that no server, log or referrer ever sees it: hand it to the app here.
(function () {
  var code = decodeURIComponent(location.hash.slice(1));
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(code)) {
    return;
  }
  var open = document.getElementById('open-app');
  open.href = 'greenzone://exposure/share?c=' + encodeURIComponent(code);
  open.hidden = false;
  document.getElementById('no-link-code').hidden = true;
})();
