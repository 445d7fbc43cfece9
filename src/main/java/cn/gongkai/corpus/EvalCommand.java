package cn.gongkai.corpus;

import cn.gongkai.config.HomeOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "eval", mixinStandardHelpOptions = true)
public class EvalCommand implements Runnable {
    @Mixin HomeOption home;

    @Override
    public void run() {
        throw new UnsupportedOperationException("not yet");
    }
}
