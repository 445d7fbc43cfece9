package cn.gongkai.corpus;

import cn.gongkai.config.HomeOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "bench", mixinStandardHelpOptions = true)
public class BenchCommand implements Runnable {
    @Mixin HomeOption home;

    @Override
    public void run() {
        throw new UnsupportedOperationException("not yet");
    }
}
