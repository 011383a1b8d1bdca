// The evidence page of one case step: what is stored for it, and uploads streamed to the server (RM12, RM20).
(function () {
  'use strict';

  var KINDS = { photo: '照片', video: '录像', audio: '录音', document: '文字记录' };
  var COPIES = { redacted: '遮蔽处理件', cut: '剪辑片段', transcoded: '格式转换件' };
  var UPLOADERS = ['handler', 'window-clerk', 'legal-reviewer', 'camunda-admin'];
  var params = new URLSearchParams(window.location.search);
  var businessKey = params.get('case');
  var step = params.get('step');
  var csrf = null;
  // the server then answers 401 without asking the browser to pop up its own login dialog
  var AJAX = { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } };

  function $(id) { return document.getElementById(id); }

  function text(tag, value, className) {
    var element = document.createElement(tag);
    element.textContent = value == null ? '' : String(value);
    if (className) { element.className = className; }
    return element;
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function localDateTime(date) {
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + 'T' +
      pad(date.getHours()) + ':' + pad(date.getMinutes());
  }

  // "2026-11-27T10:00" in the browser's zone, as ISO-8601 with its offset
  function withOffset(value) {
    if (!value) { return ''; }
    var offset = -new Date(value).getTimezoneOffset();
    var sign = offset >= 0 ? '+' : '-';
    offset = Math.abs(offset);
    return value + ':00' + sign + pad(Math.floor(offset / 60)) + ':' + pad(offset % 60);
  }

  function shown(instant) {
    return instant ? localDateTime(new Date(instant)).replace('T', ' ') : '—';
  }

  function size(bytes) {
    if (bytes >= 1073741824) { return (bytes / 1073741824).toFixed(2) + ' GiB'; }
    if (bytes >= 1048576) { return (bytes / 1048576).toFixed(1) + ' MiB'; }
    if (bytes >= 1024) { return (bytes / 1024).toFixed(1) + ' KiB'; }
    return bytes + ' 字节';
  }

  function message(value, className) {
    $('messages').appendChild(text('li', value, className));
  }

  function problem(xhrOrResponseText, status) {
    try {
      var body = JSON.parse(xhrOrResponseText);
      return body.detail || body.title || ('HTTP ' + status);
    } catch (e) {
      return 'HTTP ' + status;
    }
  }

  function kindOf(file, chosen) {
    if (chosen !== 'auto') { return chosen; }
    var type = file.type || '';
    if (type.indexOf('image/') === 0) { return 'photo'; }
    if (type.indexOf('video/') === 0) { return 'video'; }
    if (type.indexOf('audio/') === 0) { return 'audio'; }
    return 'document';
  }

  function render(items) {
    var mine = items.filter(function (item) { return !step || item.step === step; });
    var body = $('items');
    body.textContent = '';
    $('count').textContent = '（' + mine.length + ' 件）';
    $('empty').hidden = mine.length > 0;
    mine.forEach(function (item) {
      var row = document.createElement('tr');
      row.appendChild(text('td', item.id));
      var kind = KINDS[item.kind] || item.kind;
      if (item.derivedFrom) { kind += '（' + (COPIES[item.derivation] || item.derivation) + '，原件 ' + item.derivedFrom + '）'; }
      row.appendChild(text('td', kind));
      row.appendChild(text('td', (item.fileName || '') + ' · ' + item.detectedType));
      row.appendChild(text('td', [item.recordedBy || '—', shown(item.recordedAt), item.place || '—'].join('，')));
      row.appendChild(text('td', size(item.size)));
      row.appendChild(text('td', item.sha256, 'hash'));
      var uploaded = text('td', item.uploadedBy + ' ' + shown(item.uploadedAt));
      if (item.storedLate) {
        uploaded.appendChild(text('div', '逾期存储，应不晚于 ' + item.storageLastDay + '（RM20）', 'late'));
      }
      row.appendChild(uploaded);
      body.appendChild(row);
    });
  }

  function refresh() {
    return fetch('/api/cases/' + encodeURIComponent(businessKey) + '/evidence', AJAX)
      .then(function (response) {
        return response.text().then(function (body) {
          if (!response.ok) { throw new Error(problem(body, response.status)); }
          render(JSON.parse(body));
        });
      })
      .catch(function (error) { message('证据清单读取失败：' + error.message, 'error'); });
  }

  function send(file, form) {
    return new Promise(function (resolve) {
      var data = new FormData();
      // the metadata goes first: the server streams the file part straight to storage
      data.append('step', step);
      data.append('kind', kindOf(file, form.kind.value));
      data.append('focus', Array.prototype.filter.call(form.querySelectorAll('input[name=focus]'), function (box) {
        return box.checked;
      }).map(function (box) { return box.value; }).join(','));
      data.append('recordedBy', form.recordedBy.value.trim());
      data.append('recordedAt', withOffset(form.recordedAt.value));
      data.append('place', form.place.value.trim());
      data.append('deviceId', form.deviceId.value.trim());
      data.append('returnedAt', form.returnedAt.value);
      data.append('file', file, file.name);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/cases/' + encodeURIComponent(businessKey) + '/evidence');
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      if (csrf) { xhr.setRequestHeader(csrf.header, csrf.token); }
      var progress = $('progress');
      progress.hidden = false;
      progress.value = 0;
      xhr.upload.onprogress = function (event) {
        if (event.lengthComputable) { progress.value = Math.round(100 * event.loaded / event.total); }
      };
      xhr.onload = function () {
        if (xhr.status === 201) {
          var item = JSON.parse(xhr.responseText);
          message(file.name + '：已保存，编号 ' + item.id + '，识别为 ' + item.detectedType + '，SHA-256 ' + item.sha256 +
            (item.storedLate ? '；逾期存储（RM20）' : ''), 'ok');
        } else {
          message(file.name + '：未保存。' + problem(xhr.responseText, xhr.status), 'error');
        }
        resolve();
      };
      xhr.onerror = function () {
        message(file.name + '：网络中断，未保存，请重新上传。', 'error');
        resolve();
      };
      xhr.send(data);
    });
  }

  // a click, not a form submission: Camunda Forms frame the page without allow-forms
  function submit(event) {
    event.preventDefault();
    var form = $('upload');
    $('messages').textContent = '';
    var missing = [];
    if (!form.recordedBy.value.trim()) { missing.push('录制人'); }
    if (!form.recordedAt.value) { missing.push('录制时间'); }
    if (!form.file.files.length) { missing.push('文件'); }
    if (missing.length) {
      message('请填写：' + missing.join('、'), 'error');
      return;
    }
    var button = form.querySelector('button');
    button.disabled = true;
    var files = Array.prototype.slice.call(form.file.files);
    files.reduce(function (previous, file) {
      return previous.then(function () { return send(file, form); });
    }, Promise.resolve()).then(function () {
      button.disabled = false;
      $('progress').hidden = true;
      form.file.value = '';
      return refresh();
    });
  }

  function start() {
    if (!businessKey || !step) {
      $('context').textContent = '地址中缺少案件编号（case）或办案步骤（step）。';
      return;
    }
    $('context').textContent = '案件 ' + businessKey + ' · 办案步骤 ' + step;
    fetch('/api/me', AJAX).then(function (response) {
      if (response.status === 401) {
        $('login').hidden = false;
        return null;
      }
      return response.json();
    }).then(function (me) {
      if (!me) { return; }
      csrf = me.csrf;
      $('context').textContent += ' · ' + me.name;
      $('list-section').hidden = false;
      var form = $('upload');
      var mayUpload = me.posts.some(function (post) { return UPLOADERS.indexOf(post.id) >= 0; });
      if (mayUpload) {
        $('form-section').hidden = false;
        form.recordedBy.value = me.name;
        form.recordedAt.value = localDateTime(new Date());
        var kind = form.kind;
        var auto = document.createElement('option');
        auto.value = 'auto';
        auto.textContent = '按文件类型';
        kind.insertBefore(auto, kind.firstChild);
        kind.value = 'auto';
        $('send').addEventListener('click', submit);
        form.addEventListener('submit', function (event) { event.preventDefault(); });
      }
      return refresh();
    }).catch(function (error) {
      $('context').textContent = '无法连接服务器：' + error.message;
    });
  }

  start();
}());
