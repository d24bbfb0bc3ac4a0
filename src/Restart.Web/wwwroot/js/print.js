// A button marked data-print opens the browser's print dialog (print-to-PDF saves the page as a file).
// A file of its own because the Content-Security-Policy allows no inline script.
document.addEventListener('click', function (event) {
  if (event.target instanceof Element && event.target.closest('[data-print]')) {
    window.print();
  }
});
