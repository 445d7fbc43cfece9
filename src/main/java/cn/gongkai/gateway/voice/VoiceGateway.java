package cn.gongkai.gateway.voice;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Messages;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.twilio.TwilioConfig;
import cn.gongkai.twilio.TwilioSignature;
import cn.gongkai.app.Records;
import java.time.Clock;

/**
 * The voice line of one home, assembled: settings and texts, the call's stages, the store, and
 * the Twilio webhook in front. Shares the SMS gateway for "send this to me by SMS" and the
 * village a number registered. {@code serve} builds one.
 */
public final class VoiceGateway {
    private final VoiceWebhook webhook;

    public VoiceGateway(Corpus corpus, Records records, ConfigFiles config, TwilioConfig twilio, SmsGateway sms,
            Clock clock) {
        VoiceSettings settings = VoiceSettings.load(config);
        Speaker sp = new Speaker(Messages.load(config), settings, corpus, clock,
                cn.gongkai.requests.CalendarFile.load(config));
        Listen listen = new Listen(sp, corpus, sms);
        Menu menu = new Menu(sp, listen, corpus, sms.preferences(), new Progress(records));
        TwilioSignature signature = new TwilioSignature(twilio);
        VoiceLine line = new VoiceLine(sp, menu, listen, new VoiceStore(records.database()), signature::url);
        this.webhook = new VoiceWebhook(line, signature, null);
    }

    public VoiceWebhook webhook() {
        return webhook;
    }
}
