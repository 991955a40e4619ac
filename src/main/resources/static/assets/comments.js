// Live discussion: with JavaScript, comments and replies others post appear while the reader reads, over
// Server-Sent Events. Without it the discussion is the same page, brought up to date by reloading.
(function () {
  'use strict';

  var section = document.querySelector('section.comments[data-live]');
  if (!section || !('EventSource' in window)) {
    return;
  }
  var list = section.querySelector('[data-comment-list]');
  var status = section.querySelector('[data-live-status]');
  var replyTemplate = document.getElementById('comment-reply-template');
  var source = new EventSource(section.getAttribute('data-live'));
  // Says on the page whether updates are arriving, for styles and for tests that wait for the stream.
  source.addEventListener('open', function () {
    section.setAttribute('data-live-state', 'open');
  });
  source.addEventListener('error', function () {
    section.setAttribute('data-live-state', 'reconnecting');
  });

  source.addEventListener('comment', function (message) {
    var comment = JSON.parse(message.data);
    if (document.getElementById('comment-' + comment.id)) {
      return;
    }
    var item = parse(comment.html);
    if (!item || !place(item, comment.parent)) {
      return;
    }
    item.classList.add('comment-new');
    offerReply(item, comment.id);
    countOneMore();
    // A comment by a reader this reader muted comes as a placeholder with no author to announce.
    var author = item.querySelector('.comment-author');
    if (author) {
      status.textContent = (comment.parent ? 'New reply from ' : 'New comment from ') + author.textContent;
    }
  });

  // The server renders each comment as a list item, escaped as on the page itself.
  function parse(html) {
    var parsed = new DOMParser().parseFromString('<ol>' + html + '</ol>', 'text/html');
    var item = parsed.querySelector('li.comment');
    return item ? document.adoptNode(item) : null;
  }

  // A reply goes under its comment if that comment is on this page. A new top-level comment goes where
  // the reader's order puts it, if that place is on this page: the end of the last page oldest first, the
  // top of the first page newest first.
  function place(item, parentId) {
    if (parentId) {
      var parent = document.getElementById('comment-' + parentId);
      if (!parent) {
        return false;
      }
      var replies = parent.querySelector(':scope > ol.comment-replies');
      if (!replies) {
        replies = document.createElement('ol');
        replies.className = 'comment-replies';
        parent.appendChild(replies);
      }
      replies.appendChild(item);
      return true;
    }
    var sort = section.getAttribute('data-sort');
    if (sort === 'newest' && section.getAttribute('data-first-page') === 'true') {
      list.insertBefore(item, list.firstChild);
      return true;
    }
    if (sort !== 'newest' && section.getAttribute('data-last-page') === 'true') {
      list.appendChild(item);
      var empty = section.querySelector('.comments-empty');
      if (empty) {
        empty.hidden = true;
      }
      return true;
    }
    return false;
  }

  // A signed-in reader can answer a comment that arrived live as they could one that came with the page.
  function offerReply(item, commentId) {
    var actions = item.querySelector('.comment-actions');
    if (!replyTemplate || !actions) {
      return;
    }
    var reply = replyTemplate.content.cloneNode(true);
    reply.querySelector('input[name="parent"]').value = commentId;
    actions.appendChild(reply);
  }

  function countOneMore() {
    document.querySelectorAll('.comment-count').forEach(function (count) {
      var now = parseInt(count.textContent, 10);
      if (!isNaN(now)) {
        count.textContent = String(now + 1);
      }
    });
  }
}());
