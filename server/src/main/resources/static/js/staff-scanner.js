// Staff scanner: the phone's camera reads a personal QR and submits it, as a USB reader typing into the field would.
(function () {
  const form = document.getElementById('scan-form');
  const field = document.getElementById('qr');
  const camera = document.getElementById('camera');
  if (!form || !camera || !window.Html5Qrcode || !navigator.mediaDevices) return;
  const scanner = new Html5Qrcode('camera');
  let done = false;
  scanner.start({ facingMode: 'environment' }, { fps: 10, qrbox: 250 }, (text) => {
    if (done) return;
    done = true;
    field.value = text;
    scanner.stop().finally(() => form.submit());
  }).catch(() => {
    camera.textContent = camera.dataset.cameraError;
    camera.classList.add('muted');
  });
})();
