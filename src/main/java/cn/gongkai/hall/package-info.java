/**
 * The service hall's own record: calls for staff from a kiosk (呼叫工作人员), who answered and how.
 * Owns the table {@code staff_calls}.
 *
 * <p>May import: storage, config.
 */
package cn.gongkai.hall;
