// A test LMS for Marrow's SCORM packages (Tests/browser/test_scorm.py): the run-time API of SCORM
// 1.2 (window.API) or 2004 (window.API_1484_11), as the run-time specifications describe the
// session states, with every call and the data model kept in localStorage so that a test can read
// them after the course page has gone and start a second session that resumes.
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var version = params.get("v");
  var dataKey = "lms-data-" + version, callsKey = "lms-calls-" + version;
  var data = JSON.parse(window.localStorage.getItem(dataKey) || "{}");
  var calls = JSON.parse(window.localStorage.getItem(callsKey) || "[]");
  var state = "not initialized";
  var lastError = "0";
  function log(name, args, result) {
    calls.push({ call: name, args: args, result: result, state: state });
    window.localStorage.setItem(callsKey, JSON.stringify(calls));
  }
  function save() { window.localStorage.setItem(dataKey, JSON.stringify(data)); }
  function running(errorIfNot) {
    if (state === "running") { lastError = "0"; return true; }
    lastError = errorIfNot;
    return false;
  }
  var v12 = version === "1.2";
  var defaults = v12 ? { "cmi.core.lesson_status": "not attempted", "cmi.core.entry": "ab-initio" }
                     : { "cmi.completion_status": "unknown", "cmi.success_status": "unknown", "cmi.entry": "ab-initio" };
  function initialize(param) {
    var ok = state === "not initialized" && param === "";
    if (ok) { state = "running"; if (data["cmi.suspend_data"]) data[v12 ? "cmi.core.entry" : "cmi.entry"] = "resume"; }
    lastError = ok ? "0" : (v12 ? "101" : "103");
    return ok ? "true" : "false";
  }
  function terminate(param) {
    var ok = running(v12 ? "301" : "112") && param === "";
    if (ok) state = "terminated";
    return ok ? "true" : "false";
  }
  function getValue(key) {
    if (!running(v12 ? "301" : "122")) return "";
    if (key in data) return data[key];
    return key in defaults ? defaults[key] : "";
  }
  function setValue(key, value) {
    if (!running(v12 ? "301" : "132")) return "false";
    data[key] = String(value);
    save();
    return "true";
  }
  function commit(param) { return running(v12 ? "301" : "142") && param === "" ? "true" : "false"; }
  function wrap(name, fn) {
    return function () {
      var args = Array.prototype.slice.call(arguments);
      var result = fn.apply(null, args);
      log(name, args, result);
      return result;
    };
  }
  var errors = { getLastError: function () { return lastError; }, getErrorString: function () { return ""; }, getDiagnostic: function () { return ""; } };
  if (v12) {
    window.API = {
      LMSInitialize: wrap("LMSInitialize", initialize), LMSFinish: wrap("LMSFinish", terminate),
      LMSGetValue: wrap("LMSGetValue", getValue), LMSSetValue: wrap("LMSSetValue", setValue), LMSCommit: wrap("LMSCommit", commit),
      LMSGetLastError: errors.getLastError, LMSGetErrorString: errors.getErrorString, LMSGetDiagnostic: errors.getDiagnostic
    };
  } else {
    window.API_1484_11 = {
      Initialize: wrap("Initialize", initialize), Terminate: wrap("Terminate", terminate),
      GetValue: wrap("GetValue", getValue), SetValue: wrap("SetValue", setValue), Commit: wrap("Commit", commit),
      GetLastError: errors.getLastError, GetErrorString: errors.getErrorString, GetDiagnostic: errors.getDiagnostic
    };
  }
  document.getElementById("sco").src = params.get("launch");
})();
