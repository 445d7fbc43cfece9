/**
 * What this build is: its version and the commit it was built from (printed by {@code --version}).
 *
 * <p>May import: nothing of gongkai.
 */
package cn.gongkai.release;
