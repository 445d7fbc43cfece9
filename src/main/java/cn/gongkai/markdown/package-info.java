/**
 * Disclosure bodies are Markdown (imported pages' tables become GFM tables): parsed once here
 * with commonmark-java, and rendered by one renderer per channel — {@link cn.gongkai.markdown.KioskText}
 * (terminal lines, tables in columns by display width or as label：value lines),
 * {@link cn.gongkai.markdown.SmsText} (plain sentences, a table as short "行 列 值" lines),
 * {@link cn.gongkai.markdown.SpokenText} (sentences for the ear, no symbols) and
 * {@link cn.gongkai.markdown.HtmlText} (escaped HTML with real tables). No channel shows raw Markdown.
 *
 * <p>May import: nothing of gongkai (a library for every channel and for the corpus's plain text).
 */
package cn.gongkai.markdown;
