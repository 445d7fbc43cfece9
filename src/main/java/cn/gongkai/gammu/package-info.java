/**
 * A domestic SMS line: gongkai as a client of gammu-smsd's files service (a GSM modem's spool).
 * Inbound files feed the same SMS conversation as Twilio's webhook; replies and notices leave
 * through the outbox as spool files.
 *
 * <p>May import: outreach, gateway.sms (the conversation it feeds), app, storage, config.
 */
package cn.gongkai.gammu;
