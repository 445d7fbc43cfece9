/**
 * The composition root of a process: {@code App} opens the home's record once ({@code Records}: the one
 * database, the calendar and the domain services over it) and hands it down; {@code Records} gives
 * the request service its listeners (applicant notices) so the domain imports no channel.
 *
 * <p>May import: the domain packages (requests, inquiries, report, outreach), storage, config.
 */
package cn.gongkai.app;
