// The venues of the officials' safety list as coloured circles on a map. Without Leaflet or without tiles
// (no network) the list already says every venue's colour in words; the map only adds the picture.
(function () {
  'use strict';
  var box = document.getElementById('safety-map');
  if (!box || typeof L === 'undefined') {
    return;
  }
  var fill = {GREEN: '#2f9e44', YELLOW: '#f2c200', RED: '#d9480f', GREY: '#868e96', NONE: '#ced4da'};
  var bounds = [];
  var map = null;
  document.querySelectorAll('#safety-venues [data-lat][data-lng]').forEach(function (item) {
    var at = [parseFloat(item.dataset.lat), parseFloat(item.dataset.lng)];
    if (!isFinite(at[0]) || !isFinite(at[1])) {
      return;
    }
    if (map === null) {
      box.hidden = false;
      map = L.map(box, {scrollWheelZoom: false});
      L.tileLayer(box.dataset.tiles, {maxZoom: 19, attribution: box.dataset.attribution || ''}).addTo(map);
    }
    var label = document.createElement('span');
    label.textContent = item.dataset.label || ''; // venue names are text, never markup
    L.circleMarker(at, {radius: 9, weight: 2, color: '#343a40', fillOpacity: 0.9,
      fillColor: fill[item.dataset.colour] || fill.NONE}).addTo(map).bindPopup(label);
    bounds.push(at);
  });
  if (map !== null) {
    map.fitBounds(bounds, {maxZoom: 16, padding: [24, 24]});
  }
})();
