// The national dashboard's provinces on their boundaries, coloured by the grid's classes (CSS ad-band-*). No tile
// layer: the map needs no network. Without Leaflet the table below still ranks every province.
(function () {
  'use strict';
  var box = document.getElementById('province-map');
  if (!box || typeof L === 'undefined') {
    return;
  }
  function text(content) {
    var span = document.createElement('span');
    span.textContent = content; // names come from data, never markup
    return span;
  }
  fetch(box.dataset.geojson, {credentials: 'same-origin'})
    .then(function (response) {
      if (!response.ok) {
        throw new Error('map ' + response.status);
      }
      return response.json();
    })
    .then(function (collection) {
      var map = L.map(box, {scrollWheelZoom: false, attributionControl: false, zoomSnap: 0.25});
      var layer = L.geoJSON(collection, {
        style: function (feature) {
          var p = feature.properties;
          return {className: 'ad-area ad-band-' + p.band + (p.code ? ' ad-unit-' + p.code : ''),
            color: '#fff', weight: 1, fillOpacity: 1};
        },
        onEachFeature: function (feature, area) {
          var p = feature.properties;
          area.bindTooltip(text(p.code ? p.name + ': ' + p.label : box.dataset.region), {sticky: true});
          if (p.code) {
            area.on('click', function () { window.location.href = box.dataset.dashboard + p.code; });
          }
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds(), {padding: [4, 4]});
      box.dataset.drawn = String(collection.features.length);
    })
    .catch(function () {
      box.hidden = true; // the grid and the table carry the same figures
    });
})();
