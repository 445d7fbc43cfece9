/**
 * The voice line: TwiML call flow, spoken forms of texts, call state, one inquiry per call.
 *
 * <p>May import: app, the domain packages, outreach, twilio, gateway.sms, corpus, markdown, storage, config.
 */
package cn.gongkai.gateway.voice;
