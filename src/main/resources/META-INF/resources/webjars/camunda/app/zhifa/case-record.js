/*
 * Zhifa in Cockpit: the full-process record (全过程记录) of a case, read from the server's record (GET
 * /api/cases/{businessKey}/record, the same access rule and access log as every other read of a case):
 *  - on the dashboard, a search by business key, for running and closed cases alike (Cockpit's own views show
 *    running instances only);
 *  - on a process instance's page, a tab with the record of its case.
 * Every value is put on the page as text, never as HTML: what users typed stays what they typed.
 */
const conf = window.camCockpitConf || {};
const zhifa = conf.zhifa || {};

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(function ([name, value]) {
    node.setAttribute(name, value);
  });
  children.filter(function (child) {
    return child !== null && child !== undefined;
  }).forEach(function (child) {
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  });
  return node;
}

function dateTimeFormat(timeZone) {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hour12: false
  });
}

// a zone the browser does not know leaves times in the browser's own, and says so in the console
let when;
try {
  when = dateTimeFormat(zhifa.timeZone || undefined);
} catch (e) {
  console.error('zhifa: the record shows times in the browser zone: ' + e.message);
  when = dateTimeFormat(undefined);
}

function time(instant) {
  return instant ? when.format(new Date(instant)) : '';
}

/** A JSON answer of the server, or an error saying in Chinese why there is none. */
async function json(url) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error('无法连接服务器');
  }
  const body = await response.json().catch(function () {
    return null;
  });
  if (!response.ok) {
    throw new Error((body && body.detail) || ('服务器拒绝了查询（HTTP ' + response.status + '）'));
  }
  if (body === null) {
    throw new Error('服务器的答复无法读取');
  }
  return body;
}

function get(path) {
  return json(zhifa.api + path);
}

/** An instant the server keeps in UTC (a deadline's end), shown in the server's zone like every other time. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

function fields(entry) {
  const list = element('dl', { class: 'zhifa-record-fields' });
  (entry.fields || []).forEach(function (field) {
    list.appendChild(element('dt', {}, field.label));
    list.appendChild(element('dd', {}, field.value === '' ? '（空）' : INSTANT.test(field.value) ? time(field.value)
      : field.value));
  });
  return list;
}

function table(entries) {
  const body = element('tbody', {});
  entries.forEach(function (entry) {
    body.appendChild(element('tr', {},
      element('td', {}, String(entry.seq)),
      element('td', {}, entry.activityName || entry.activityId),
      element('td', {}, entry.law || ''),
      element('td', {}, entry.actor || '系统'),
      element('td', {}, time(entry.startedAt)),
      element('td', {}, time(entry.endedAt || entry.recordedAt)),
      element('td', {}, fields(entry))));
  });
  return element('table', { class: 'table table-bordered zhifa-record' },
    element('thead', {}, element('tr', {}, ...['序号', '环节', '法律依据', '办理人', '开始时间', '完成时间', '填写内容']
      .map(function (title) {
        return element('th', {}, title);
      }))),
    body);
}

function verdict(verification) {
  if (verification.valid) {
    return element('p', { class: 'zhifa-record-intact' }, '哈希链校验通过：' + verification.entries
      + ' 条记录与写入时一致（末条哈希 ' + (verification.lastHash || '').substring(0, 16) + '…）。');
  }
  return element('p', { class: 'zhifa-record-broken' }, '哈希链校验不通过：'
    + (verification.brokenSeq ? '第 ' + verification.brokenSeq + ' 条，' : '') + (verification.reason || '记录被改动')
    + '。请立即报告监督机构。');
}

/**
 * The case's running instance of its own model (the record's first step ran in it), if it is still being handled:
 * other processes carry the case's business key too (its result's disclosure).
 */
async function runningInstance(engineApi, businessKey, entries) {
  const definitionKey = entries[0].processDefinitionKey;
  const instances = await json(engineApi + '/process-instance?businessKey=' + encodeURIComponent(businessKey)
    + '&processDefinitionKey=' + encodeURIComponent(definitionKey)).catch(function () {
    return [];
  });
  return instances.length > 0 ? instances[0].id : null;
}

/**
 * Shows the record of the case in the node: a summary, the chain's check and every step; with the engine's API, a
 * link to the case's process instance while it runs.
 */
async function show(node, businessKey, engineApi) {
  node.replaceChildren(element('p', {}, '正在读取案件 ' + businessKey + ' 的全过程记录…'));
  try {
    const [entries, verification] = await Promise.all([
      get('/cases/' + encodeURIComponent(businessKey) + '/record'),
      get('/cases/' + encodeURIComponent(businessKey) + '/record/verify')]);
    if (entries.length === 0) {
      node.replaceChildren(element('p', { class: 'zhifa-record-empty' }, '没有业务编号为 ' + businessKey + ' 的案件记录。'));
      return;
    }
    const running = engineApi ? await runningInstance(engineApi, businessKey, entries) : null;
    node.replaceChildren(...[
      element('p', { class: 'zhifa-record-summary' }, '案件 ' + businessKey + '：共 ' + entries.length + ' 条记录，自 '
        + time(entries[0].startedAt || entries[0].recordedAt) + ' 起。'),
      verdict(verification),
      running ? element('p', {}, element('a', { href: '#/process-instance/' + encodeURIComponent(running) + '/runtime' },
        '打开该案件办理中的流程实例')) : null,
      table(entries)].filter(Boolean));
  } catch (e) {
    node.replaceChildren(element('p', { class: 'zhifa-record-error' }, '无法读取案件 ' + businessKey + ' 的全过程记录：'
      + e.message));
  }
}

const search = {
  id: 'zhifa.caseRecordSearch',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: function (node, { api }) {
    const key = element('input', {
      type: 'text', class: 'form-control zhifa-record-key', maxlength: '64', 'aria-label': '业务编号',
      placeholder: '业务编号，如 ZF-2026-000001'
    });
    const result = element('div', { class: 'zhifa-record-result' });
    const form = element('form', { class: 'form-inline zhifa-record-search' }, key, ' ',
      element('button', { type: 'submit', class: 'btn btn-primary' }, '查询'));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      const businessKey = key.value.trim();
      if (businessKey === '') {
        result.replaceChildren(element('p', { class: 'zhifa-record-error' }, '请填写业务编号。'));
        return;
      }
      show(result, businessKey, api.engineApi);
    });
    node.replaceChildren(element('section', { class: 'zhifa-record-panel' },
      element('h3', {}, '全过程记录查询'),
      element('p', {}, '按业务编号查看案件每一步的记录（办理中和已办结的案件）；每次查看记入访问日志（RM22）。'),
      form, result));
  }
};

const tab = {
  id: 'zhifa.caseRecordTab',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 20,
  properties: { label: '全过程记录' },
  render: async function (node, { api, processInstanceId }) {
    try {
      const instance = await json(api.engineApi + '/process-instance/' + encodeURIComponent(processInstanceId));
      if (!instance.businessKey) {
        node.replaceChildren(element('p', {}, '该流程实例没有业务编号，没有案件记录。'));
        return;
      }
      await show(node, instance.businessKey, null);
    } catch (e) {
      node.replaceChildren(element('p', { class: 'zhifa-record-error' }, '无法读取流程实例：' + e.message));
    }
  }
};

export default [search, tab];
