/**
 * Disclosures: import (Markdown, saved HTML pages, CSV), the Lucene index, and the one search service
 * every channel renders in its own way.
 *
 * <p>May import: config, markdown (bodies as plain text, the lead).
 */
package cn.gongkai.corpus;
