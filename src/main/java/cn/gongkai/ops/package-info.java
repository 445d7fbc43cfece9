/**
 * Operations: backup, restore, the home lock, file modes, metrics.
 *
 * <p>May import: corpus, outreach, storage, config.
 */
package cn.gongkai.ops;
