// The appeal for support, in the reader's browser. "Not now" remembers the choice in the same first-party
// cookie the no-script form sets and hides the appeal at once; without JavaScript the link leads to that
// form. When a cache answered with the page most readers get, the two cookies still hold here: a reader who
// dismissed the appeal does not see it, and one who contributed sees the thank-you instead.
(function () {
  'use strict';
  var TWO_WEEKS = 14 * 24 * 60 * 60;

  function hasCookie(name) {
    return document.cookie.split(';').some(function (cookie) {
      return cookie.trim().indexOf(name + '=') === 0;
    });
  }

  function hideAppeals() {
    document.querySelectorAll('[data-support-appeal]').forEach(function (appeal) {
      appeal.hidden = true;
    });
  }

  if (hasCookie('supported')) {
    hideAppeals();
    document.querySelectorAll('[data-support-thanks]').forEach(function (thanks) {
      thanks.hidden = false;
    });
  } else if (hasCookie('appeal_dismissed')) {
    hideAppeals();
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('[data-appeal-dismiss]');
    if (!link) {
      return;
    }
    event.preventDefault();
    document.cookie = 'appeal_dismissed=1; Max-Age=' + TWO_WEEKS + '; Path=/; SameSite=Lax';
    hideAppeals();
  });
})();
