/*
 * Zhifa: what every Camunda webapp (Tasklist, Cockpit, Admin, welcome) adds to its own code, loaded by
 * scripts/config.js (customScripts, requireJsConfig.ngDeps), which the server writes from its settings:
 *  - the product's header (name, what it is, the agency that runs it) instead of the vendor's end-of-life banner,
 *    and the product's logo;
 *  - dates and times in the server's zone (zhifa.time-zone), whatever zone the browser's machine has: the webapps
 *    format every date with their bundled moment.js, which moment-timezone (a webjar) teaches the zone;
 *  - Chinese word order where a template puts a label before a relative time ("3 天后到期", not "到期 3 天后");
 *  - Chinese for the few words Camunda Forms (form-js) writes itself, outside the webapps' translation files (its
 *    validation messages too), and for Cockpit's "null".
 */
const angular = window.angular;
const conf = window.camTasklistConf || window.camCockpitConf || window.camAdminConf || window.camWelcomeConf || {};
const zhifa = conf.zhifa || {};
const here = new URL('.', import.meta.url).href;

function stylesheet() {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.type = 'text/css';
  link.href = here + 'webapp.css';
  document.head.appendChild(link);
}

/** The moment.js instance the webapp's bundle formats dates with (webpack's module table, read through its runtime). */
function bundledMoment() {
  const chunks = self.webpackChunkcamunda_bpm_webapp;
  let moment = null;
  if (!chunks) {
    return null;
  }
  chunks.push([['zhifa-webapp-' + Date.now()], {}, function (require) {
    for (const id of Object.keys(require.m || {})) {
      const source = Function.prototype.toString.call(require.m[id]);
      if (source.length > 50000 && source.includes('defineLocale') && source.includes('isMoment')
          && source.includes('updateOffset')) {
        const exports = require(id);
        const candidate = exports && typeof exports.isMoment === 'function' ? exports : exports && exports.default;
        if (candidate && typeof candidate.isMoment === 'function' && typeof candidate.utc === 'function') {
          moment = candidate;
          return;
        }
      }
    }
  }]);
  return moment;
}

/**
 * Teaches the bundle's moment.js the server's zone: moment-timezone (a webjar), loaded as a plain script onto that
 * instance (the webapp has put requirejs away by now, so the script takes the instance from window.moment).
 */
async function timeZone() {
  const moment = bundledMoment();
  if (!moment || !zhifa.timeZone || !zhifa.momentTimezone) {
    console.error('zhifa: dates stay in the browser zone (no moment.js found, or no zone set)');
    return;
  }
  if (!moment.tz) {
    const define = window.define;
    const earlier = window.moment;
    window.define = undefined;
    window.moment = moment;
    try {
      await new Promise(function (resolve, reject) {
        const script = document.createElement('script');
        const timer = setTimeout(function () {
          reject(new Error('timed out'));
        }, 10000);
        script.src = zhifa.momentTimezone;
        script.onload = function () {
          clearTimeout(timer);
          resolve();
        };
        script.onerror = function () {
          clearTimeout(timer);
          reject(new Error('not loaded'));
        };
        document.head.appendChild(script);
      });
    } finally {
      window.define = define;
      window.moment = earlier;
    }
  }
  moment.tz.setDefault(zhifa.timeZone);
}

function text(value) {
  return String(value || '').replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}

/** The product's header: its name, what it is, and the agency where one is configured (never interpolated). */
function header() {
  return '<div class="zhifa-header" ng-non-bindable>'
    + '<span class="zhifa-product">' + text(zhifa.product) + '</span>'
    + '<span class="zhifa-subtitle">' + text(zhifa.subtitle) + '</span>'
    + (zhifa.agency ? '<span class="zhifa-agency">' + text(zhifa.agency) + '</span>' : '')
    + '</div>';
}

/** Whether the webapp shows Chinese: the browser's first language if the webapp has it, else the fallback (as the webapps choose). */
function chinese() {
  const available = (conf.locales && conf.locales.availableLocales) || ['zh', 'en'];
  const first = (Array.isArray(navigator.languages) && navigator.languages.length ? navigator.languages[0]
    : navigator.language) || '';
  const code = first.split('-')[0].toLowerCase();
  return (available.includes(code) ? code : (conf.locales && conf.locales.fallbackLocale) || 'zh') === 'zh';
}

function decorateTemplate($provide, $injector, directive, rewrite) {
  if (!$injector.has(directive + 'DirectiveProvider')) {
    return;
  }
  $provide.decorator(directive + 'Directive', ['$delegate', function ($delegate) {
    $delegate.forEach(function (definition) {
      if (typeof definition.template === 'string') {
        definition.template = rewrite(definition.template);
      }
    });
    return $delegate;
  }]);
}

angular.module('zhifa.webapp', []).config(['$provide', '$injector', function ($provide, $injector) {
  decorateTemplate($provide, $injector, 'camWidgetHeader', function (template) {
    return template
      .replace(/<div ng-if="isCommunityEdition" class="ce-eol-banner"[\s\S]*?<\/div>/, header())
      .replace(/<span ng-bind-html="logo" class="brand-logo"><\/span>/,
        '<img class="brand-logo zhifa-logo" src="' + here + 'logo.svg" alt="">');
  });
  // a label before a relative time reads backwards in Chinese: "3 天后到期，3 个月后跟进，几秒前创建"
  if (chinese()) {
    decorateTemplate($provide, $injector, 'camTasks', function (template) {
      return template.replace(
        /(\{\{\s*'(?:DUE|FOLLOW_UP|CREATION)'\s*\|\s*translate\s*\}\})\s*(<span[^>]*am-time-ago="[^"]*"[^>]*>[^<]*<\/span>)/g,
        '$2<span class="zhifa-label">$1</span>');
    });
  }
  if ($injector.has('camWidgetFooterDirectiveProvider')) {
    $provide.decorator('camWidgetFooterDirective', ['$delegate', function ($delegate) {
      $delegate.forEach(function (definition) {
        const link = definition.link;
        definition.compile = function () {
          return function (scope) {
            if (typeof link === 'function') {
              link.apply(this, arguments);
            }
            scope.timezoneName = zhifa.timeZoneName || zhifa.timeZone;
          };
        };
      });
      return $delegate;
    }]);
  }
}]);

/** What form-js writes itself (it has no translation files): its words, in Chinese, wherever a form shows them. */
const FORM_WORDS = {
  'Select': '请选择',
  'Search': '搜索',
  'No results': '无匹配项',
  'All values selected': '已全部选择',
  'hh:mm': '时:分',
  'hh:mm ?m': '时:分',
  'Date': '日期',
  'Time': '时间'
};

/** form-js's validation messages (its Validator and date-time field), in the words of the server's own refusals. */
const FORM_MESSAGES = [
  [/^Field is required\.$/, '必须填写'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1'],
  [/^Field must have minimum length of (.+)\.$/, '至少 $1 个字符'],
  [/^Field must have maximum length of (.+)\.$/, '最多 $1 个字符'],
  [/^Field must match pattern .+\.$/, '格式不符合要求'],
  [/^Field must be a valid email\.$/, '应为有效的电子邮箱地址'],
  [/^Field must be a valid +international phone number\..*$/, '应为有效的国际格式电话号码（如 +8687163000000）'],
  [/^Date and time must both be entered\.$/, '日期和时间都须填写']
];

function translated(text) {
  const trimmed = text.trim();
  if (Object.prototype.hasOwnProperty.call(FORM_WORDS, trimmed)) {
    return FORM_WORDS[trimmed];
  }
  const message = FORM_MESSAGES.find(function (rule) {
    return rule[0].test(trimmed);
  });
  return message ? trimmed.replace(message[0], message[1]) : null;
}

function translateForms(root) {
  root.querySelectorAll('.fjs-container *').forEach(function (element) {
    element.childNodes.forEach(function (node) {
      const chinese = node.nodeType === Node.TEXT_NODE ? translated(node.nodeValue) : null;
      if (chinese !== null) {
        node.nodeValue = chinese;
      }
    });
    const placeholder = element.getAttribute && element.getAttribute('placeholder');
    if (placeholder && Object.prototype.hasOwnProperty.call(FORM_WORDS, placeholder)) {
      element.setAttribute('placeholder', FORM_WORDS[placeholder]);
    }
  });
}

/** Cockpit writes an empty value as the word "null" (its templates' own text, outside the translation files). */
function translateNulls(root) {
  root.querySelectorAll('.null-value').forEach(function (element) {
    if (element.childNodes.length === 1 && element.firstChild.nodeType === Node.TEXT_NODE
        && element.firstChild.nodeValue.trim() === 'null') {
      element.firstChild.nodeValue = '无';
    }
  });
}

function watchForms() {
  let pending = false;
  new MutationObserver(function () {
    if (!pending) {
      pending = true;
      requestAnimationFrame(function () {
        pending = false;
        translateForms(document);
        translateNulls(document);
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

stylesheet();
if (chinese()) {
  watchForms();
}
// a webapp starts whatever happens here: without the zone it shows the browser's, and says so in the console
try {
  await timeZone();
} catch (e) {
  console.error('zhifa: dates stay in the browser zone: moment-timezone ' + e.message + ' (' + zhifa.momentTimezone + ')');
}

export default [];
