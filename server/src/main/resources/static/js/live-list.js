// The venue's live list: a snapshot when the stream opens, then one event per check-in or check-out.
(function () {
  const table = document.getElementById('live-list');
  const state = document.getElementById('feed-state');
  if (!table || !window.EventSource) return;
  const body = table.tBodies[0];
  const labels = table.dataset;
  const time = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit'
  });
  const format = (iso) => {
    if (!iso) return '';
    const parts = Object.fromEntries(time.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
    return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}`;
  };
  const cell = (className, text) => {
    const td = document.createElement('td');
    td.className = className;
    td.textContent = text || '';
    return td;
  };
  // data-method-SELF reaches the dataset as methodSelf: HTML lower-cases attribute names.
  const methodLabel = (method) => labels['method' + method.charAt(0) + method.slice(1).toLowerCase()] || method;
  const row = (visit) => {
    const tr = document.createElement('tr');
    tr.id = 'visit-' + visit.id;
    const out = format(visit.checkedOutAt) + (visit.checkoutInferred ? ' ' + labels.labelInferred : '');
    tr.append(cell('name', visit.name), cell('phone', visit.phone), cell('id-number', visit.idNumber),
      cell('in', format(visit.checkedInAt)), cell('out', out),
      cell('how', methodLabel(visit.method)));
    return tr;
  };
  const upsert = (visit) => {
    const existing = document.getElementById('visit-' + visit.id);
    const fresh = row(visit);
    if (existing) {
      existing.replaceWith(fresh);
    } else {
      body.prepend(fresh);
    }
    fresh.classList.add('flash');
  };
  const source = new EventSource(table.dataset.stream);
  source.addEventListener('open', () => {
    state.textContent = labels.labelConnected;
    state.dataset.connected = 'true';
  });
  source.addEventListener('error', () => {
    state.textContent = labels.labelLost;
    state.dataset.connected = 'false';
  });
  source.addEventListener('snapshot', (event) => {
    body.replaceChildren(...JSON.parse(event.data).map(row));
  });
  source.addEventListener('visit', (event) => upsert(JSON.parse(event.data)));
})();
