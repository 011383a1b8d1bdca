// Draws the deployed BPMN model of a procedure (PM7.4) with bpmn-js; the steps are also in the table below it.
(function () {
  var container = document.getElementById('diagram');
  if (!container || !window.BpmnJS) {
    return;
  }
  fetch(container.getAttribute('data-source'))
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) {
      var viewer = new window.BpmnJS({ container: container });
      return viewer.importXML(xml).then(function () {
        viewer.get('canvas').zoom('fit-viewport');
        container.setAttribute('data-rendered', 'true');
      });
    })
    .catch(function (error) {
      container.textContent = '流程图无法显示（' + error.message + '），各步骤见下表。';
    });
})();
