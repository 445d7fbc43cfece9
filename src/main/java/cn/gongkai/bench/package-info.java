/**
 * Benchmarks and their baselines (search, SMS webhook, kiosk redraw), apart from the code they measure.
 *
 * <p>May import: anything; nothing imports it but the command line.
 */
package cn.gongkai.bench;
