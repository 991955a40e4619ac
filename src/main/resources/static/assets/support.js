// The appeal's "Not now" with JavaScript: remembers the choice in the same first-party cookie the no-script
// form sets, and hides the appeal at once. Without JavaScript the link leads to that form instead.
(function () {
  'use strict';
  var TWO_WEEKS = 14 * 24 * 60 * 60;
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('[data-appeal-dismiss]');
    if (!link) {
      return;
    }
    event.preventDefault();
    document.cookie = 'appeal_dismissed=1; Max-Age=' + TWO_WEEKS + '; Path=/; SameSite=Lax';
    document.querySelectorAll('[data-support-appeal]').forEach(function (appeal) {
      appeal.hidden = true;
    });
  });
})();
