/**
 * The statutory annual report: building it from the record, checking its cross-sums, rendering it
 * (Markdown, HTML, JSON, CSV), the yearly figures staff enter.
 *
 * <p>May import: requests, corpus, storage, config.
 */
package cn.gongkai.report;
