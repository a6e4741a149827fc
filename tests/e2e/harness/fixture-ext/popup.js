document.getElementById('query').textContent = location.search;
document.body.dataset.ready = 'yes';
