// Folds the menu behind its button on phones (the stylesheet shows it inline on wider screens). Loaded
// right after the header, before the page is drawn, so the menu never flashes open; without scripts the
// menu simply stays open.
(function () {
  var bar = document.getElementById('topbar');
  var button = bar.querySelector('.menu-button');
  bar.classList.add('foldable');
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    bar.classList.toggle('open', open);
  });
})();
