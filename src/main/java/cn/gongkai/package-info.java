/**
 * The command-line entry point: {@code Main} only wires the commands of {@code cli}.
 *
 * <p>May import: cli, config.
 */
package cn.gongkai;
