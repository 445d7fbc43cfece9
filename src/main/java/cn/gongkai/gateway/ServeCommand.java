package cn.gongkai.gateway;

import cn.gongkai.config.HomeOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true)
public class ServeCommand implements Runnable {
    @Mixin HomeOption home;

    @Override
    public void run() {
        throw new UnsupportedOperationException("not yet");
    }
}
