// The venues of a case on a small map. Without Leaflet or without tiles (no network) the list above the
// map still names every venue and its position; the map only adds the picture.
(function () {
  'use strict';
  var box = document.getElementById('visit-map');
  if (!box || typeof L === 'undefined') {
    return;
  }
  var points = [];
  document.querySelectorAll('#visits [data-lat][data-lng]').forEach(function (item) {
    var lat = parseFloat(item.dataset.lat);
    var lng = parseFloat(item.dataset.lng);
    if (isFinite(lat) && isFinite(lng)) {
      points.push({at: [lat, lng], label: item.dataset.label || ''});
    }
  });
  if (points.length === 0) {
    return;
  }
  box.hidden = false;
  var map = L.map(box, {scrollWheelZoom: false});
  L.tileLayer(box.dataset.tiles, {maxZoom: 19, attribution: box.dataset.attribution || ''}).addTo(map);
  points.forEach(function (point) {
    var label = document.createElement('span');
    label.textContent = point.label; // venue names are text, never markup
    L.marker(point.at, {title: point.label, alt: point.label}).addTo(map).bindPopup(label);
  });
  map.fitBounds(points.map(function (point) { return point.at; }), {maxZoom: 16, padding: [24, 24]});
})();
