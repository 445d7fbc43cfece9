/**
 * Every picocli command (one rule: a command lives here, gets its home from {@code HomeOption},
 * "today" from {@link cn.gongkai.cli.Root} and its services from {@code app.App}) and nothing else.
 *
 * <p>May import: app and every capability; nothing imports it but {@code Main}.
 */
package cn.gongkai.cli;
