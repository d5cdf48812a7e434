"""The chat command layer (bot.chat.core.ChatCore) and its plain-Dutch question rules."""
