package com.naversms.simulator.telegram;

import com.naversms.simulator.Routes;
import com.naversms.simulator.http.Route;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Simulated Telegram Bot API: {@code POST /bot{token}/sendMessage}. */
public final class TelegramSim {
  public static final String DEFAULT_BOT_TOKEN = "000000:SIM-TOKEN";
  public static final String DEFAULT_CHAT_ID = "-1000000000001";

  private volatile String botToken = DEFAULT_BOT_TOKEN;
  private volatile boolean acceptAnyChat;
  private final Set<String> chats = ConcurrentHashMap.newKeySet();
  private final List<TelegramMessage> messages = new CopyOnWriteArrayList<>();
  private final TelegramEndpoint endpoint = new TelegramEndpoint(this);

  public TelegramSim() {
    chats.add(DEFAULT_CHAT_ID);
  }

  public String botToken() {
    return botToken;
  }

  public String chatId() {
    return DEFAULT_CHAT_ID;
  }

  /** Replaces the bot token the simulator accepts. */
  public TelegramSim botToken(String token) {
    this.botToken = token;
    return this;
  }

  /** Adds a chat the bot may post to (the default chat is always known). */
  public TelegramSim registerChat(String chatId) {
    chats.add(chatId);
    return this;
  }

  /**
   * When true, any chat id is accepted; when false (default) unknown chats get "chat not found".
   */
  public TelegramSim acceptAnyChat(boolean any) {
    this.acceptAnyChat = any;
    return this;
  }

  boolean chatKnown(String chatId) {
    return acceptAnyChat || chats.contains(chatId);
  }

  /** Every message sent so far, in order. */
  public List<TelegramMessage> messages() {
    return List.copyOf(messages);
  }

  public void clear() {
    messages.clear();
  }

  int record(TelegramMessage message) {
    messages.add(message);
    return messages.size();
  }

  /** The routes this service answers (used by the Simulator). */
  public List<Route> routes() {
    return List.of(
        Route.of(
            Routes.TELEGRAM_SEND,
            "POST",
            "/bot([^/]+)/sendMessage",
            endpoint::sendMessage,
            TelegramEndpoint::fault));
  }
}
