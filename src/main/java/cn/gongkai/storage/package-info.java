/**
 * The one SQLite database of a home: migrations, the group-commit writer, transactions, the journal
 * and disk reserve for when writing fails.
 *
 * <p>May import: config.
 */
package cn.gongkai.storage;
