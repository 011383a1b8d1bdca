// Oversight of disclosure (PM20): what was not published or answered on time, from the staff API, with the
// Tasklist login.
(function () {
  'use strict';

  var STATES = { open: '未公示', published: '已公示', withheld: '不予公示', withdrawn: '已撤回' };
  var SECTIONS = { status: '执法主体', powers: '权责清单', 'random-inspection': '随机抽查事项清单', remedies: '救济渠道',
    other: '其他', agency: '执法主体', officers: '执法人员', 'service-guides': '服务指南' };

  function $(id) { return document.getElementById(id); }

  function row(values, className) {
    var tr = document.createElement('tr');
    if (className) { tr.className = className; }
    values.forEach(function (value) {
      var td = document.createElement('td');
      td.textContent = value == null || value === '' ? '—' : String(value);
      tr.appendChild(td);
    });
    return tr;
  }

  function day(instant) {
    return instant ? new Date(instant).toLocaleString('zh-CN', { hour12: false }) : '';
  }

  function load(url, body, count, toRow) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (response) {
        if (response.status === 401) { $('login').hidden = false; return null; }
        if (response.status === 403) { $('forbidden').hidden = false; return null; }
        if (!response.ok) { throw new Error(url + '：HTTP ' + response.status); }
        return response.json();
      })
      .then(function (items) {
        if (!items) { return; }
        $(count).textContent = '（' + items.length + ' 项）';
        items.forEach(function (item) { $(body).appendChild(toRow(item)); });
        if (items.length === 0) { $(body).appendChild(row(['没有需要督办的事项'])); }
      });
  }

  Promise.all([
    load('/api/disclosure/overdue', 'results', 'results-count', function (a) {
      var problems = [];
      if (a.overdue) { problems.push('逾期未公示'); }
      if (a.late) { problems.push('逾期公示'); }
      if (a.changesLate) { problems.push('变更情况逾期公示'); }
      return row([a.decisionNumber, a.agencyName, a.decisionDate, a.deadline, STATES[a.state] || a.state,
        problems.join('、')], 'late');
    }),
    load('/api/disclosure/catalogue/overdue', 'catalogue', 'catalogue-count', function (v) {
      return row([v.agencyCode, SECTIONS[v.section] || v.section, v.title + (v.removal ? '（删除）' : ''), v.version,
        day(v.changedAt) + ' ' + v.changedBy, v.dueDate, v.overdue ? '逾期未公示' : (v.late ? '逾期公示' : '')], 'late');
    }),
    load('/api/disclosure/statistics/overdue', 'statistics', 'statistics-count', function (o) {
      return row([o.agencyCode, o.year, day(o.flaggedAt)], 'late');
    }),
    load('/api/disclosure/information-requests/overdue', 'requests', 'requests-count', function (r) {
      return row([r.reference, r.agencyCode, day(r.receivedAt), r.answerBy], 'late');
    })
  ]).catch(function (error) {
    $('error').hidden = false;
    $('error').textContent = '读取失败：' + error.message;
  });
})();
