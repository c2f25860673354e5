
window.saveLink = (link, institution) => {
  const saved = document.createElement('output')
  saved.id = 'saved'
  saved.textContent = institution === undefined ? link : institution + ' ' + link
  document.body.append(saved)
}
