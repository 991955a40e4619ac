// Dragging stories to reorder a front. The page works without this file: every story has Move buttons,
// and a drop here posts the same kind of form they do, with the whole new order.
const list = document.querySelector('.front-slots');
const orderForm = document.getElementById('front-order');

if (list && orderForm) {
  let dragged = null;
  let originalOrder = [];
  let dropped = false;

  document.querySelector('.front-drag-hint')?.removeAttribute('hidden');

  list.addEventListener('dragstart', (event) => {
    dragged = event.target.closest('.front-slot');
    if (!dragged) {
      return;
    }
    originalOrder = [...list.children];
    dropped = false;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', dragged.dataset.article);
    dragged.classList.add('dragging');
  });

  list.addEventListener('dragover', (event) => {
    if (!dragged) {
      return;
    }
    event.preventDefault();
    const over = event.target.closest('.front-slot');
    if (over && over !== dragged) {
      const box = over.getBoundingClientRect();
      const below = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, below ? over.nextElementSibling : over);
    }
  });

  list.addEventListener('drop', (event) => {
    if (!dragged) {
      return;
    }
    event.preventDefault();
    dropped = true;
    orderForm.querySelectorAll('input[name="article"]').forEach((input) => input.remove());
    for (const slot of list.querySelectorAll('.front-slot')) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = 'article';
      input.value = slot.dataset.article;
      orderForm.append(input);
    }
    orderForm.submit();
  });

  // A drag that ends anywhere but on the list changes nothing, so the list goes back to how it was.
  list.addEventListener('dragend', () => {
    if (dragged && !dropped) {
      list.replaceChildren(...originalOrder);
    }
    dragged?.classList.remove('dragging');
    dragged = null;
  });
}
